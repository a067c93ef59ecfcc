#!/usr/bin/env node
/**
 * Draws the tab bar icons (首页 house, 我的 person) as 81×81 PNGs with no image library: WeChat
 * tab bars need PNG files, and these shapes are simple enough to rasterise from distance tests.
 * Run once; the output is committed under src/assets/tabbar/.
 */
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const SIZE = 81
const SS = 4 // supersampling per axis, for smooth edges

function crc32(buf) {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

function png(inside, [r, g, b]) {
  const rows = []
  for (let y = 0; y < SIZE; y++) {
    const row = [0]
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let i = 0; i < SS; i++)
        for (let j = 0; j < SS; j++)
          hits += inside((x + (i + 0.5) / SS) / SIZE, (y + (j + 0.5) / SS) / SIZE)
      row.push(r, g, b, Math.round((255 * hits) / (SS * SS)))
    }
    rows.push(Buffer.from(row))
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Shapes in unit coordinates (0–1).
const house = (x, y) => {
  const roof = y >= 0.14 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.14) * 1.1
  const body = x >= 0.24 && x <= 0.76 && y >= 0.46 && y <= 0.86
  const door = x >= 0.43 && x <= 0.57 && y >= 0.64 && y <= 0.86
  return (roof || body) && !door
}
const person = (x, y) => {
  const head = (x - 0.5) ** 2 + (y - 0.32) ** 2 <= 0.16 ** 2
  const body = ((x - 0.5) / 0.3) ** 2 + ((y - 0.86) / 0.3) ** 2 <= 1 && y <= 0.86
  return head || body
}

const out = path.resolve(__dirname, '..', 'src', 'assets', 'tabbar')
fs.mkdirSync(out, { recursive: true })
const GREY = [0x66, 0x66, 0x66]
const BLUE = [0x1f, 0x6f, 0xeb]
for (const [name, shape] of [
  ['home', house],
  ['me', person],
]) {
  fs.writeFileSync(path.join(out, `${name}.png`), png(shape, GREY))
  fs.writeFileSync(path.join(out, `${name}-active.png`), png(shape, BLUE))
}
console.log(`tab icons written to ${out}`)
