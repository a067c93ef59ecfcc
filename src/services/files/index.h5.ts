import type { FilePicker } from './types'

/**
 * H5: a hidden file input limited to .xlsx, created per call and clicked inside the tap
 * handler (browsers open the picker only then).
 */
export const files: FilePicker = {
  pickXlsx() {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      input.style.display = 'none'
      input.setAttribute('data-testid', 'xlsx-input')
      const done = (f: File | undefined) => {
        input.remove()
        resolve(f ? { file: f, name: f.name, bytes: f.size } : null)
      }
      input.addEventListener('change', () => done(input.files?.[0]))
      input.addEventListener('cancel', () => done(undefined))
      document.body.appendChild(input)
      input.click()
    })
  },
}
