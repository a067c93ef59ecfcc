/** A document the user picked: an H5 File or a weapp temp path, with its name and size. */
export interface PickedFile {
  file: Blob | string
  name: string
  bytes: number
}

/** Picking a document (the office's .xlsx import); passed to the RootStore like the photo service. */
export interface FilePicker {
  /** Lets the user choose one .xlsx; null when they cancel. Call it inside a tap handler. */
  pickXlsx(): Promise<PickedFile | null>
}
