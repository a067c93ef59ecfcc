/**
 * A short silent MP3 as a recorder writes one: an ID3v2 header, then MPEG-1 Layer III frames
 * (128 kbps, 44.1 kHz: 417 bytes each) of silence. `frames` 38 ≈ 1 s.
 */
export function silentMp3(frames = 38): Buffer {
  const id3 = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0])
  const frame = Buffer.alloc(417)
  frame.set([0xff, 0xfb, 0x90, 0x64])
  return Buffer.concat([id3, ...Array.from({ length: frames }, () => frame)])
}

export const TINY_MP3 = silentMp3()
