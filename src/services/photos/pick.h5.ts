/**
 * H5: a hidden file input (camera or album on phones, a file dialog on desktops). It is created
 * per call and clicked inside the tap handler, which browsers require for opening the picker.
 */
export function pickPhotos(max: number): Promise<File[]> {
  if (max <= 0) return Promise.resolve([])
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = max > 1
    input.style.display = 'none'
    input.setAttribute('data-testid', 'photo-input')
    const done = (files: File[]) => {
      input.remove()
      resolve(files.slice(0, max))
    }
    input.addEventListener('change', () => done(Array.from(input.files ?? [])))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}
