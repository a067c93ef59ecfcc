import { RecorderError, type RecorderService, type RecordingEvents } from './types'

const DENIED = '请在浏览器设置中允许使用麦克风，或改为打字描述'
const UNAVAILABLE = '这台设备不能录音，请改为打字描述'

/** The container this browser records in: Safari mp4/aac, Chromium and Firefox webm/opus. */
function format(): { mimeType: string; ext: string } | null {
  for (const [mimeType, ext] of [
    ['audio/webm;codecs=opus', 'webm'],
    ['audio/webm', 'webm'],
    ['audio/mp4', 'm4a'],
    ['audio/ogg;codecs=opus', 'ogg'],
  ])
    if (MediaRecorder.isTypeSupported(mimeType)) return { mimeType, ext }
  return null
}

/** getUserMedia + MediaRecorder at 32 kbps (60 s ≈ 240 KB); the cap is a timer here. */
async function start(maxMs: number, events: RecordingEvents): Promise<{ stop(): void }> {
  const f = typeof MediaRecorder === 'undefined' ? null : format()
  if (!f || !navigator.mediaDevices?.getUserMedia) throw new RecorderError(UNAVAILABLE)
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true })
  } catch (e) {
    const denied = (e as Error).name === 'NotAllowedError' || (e as Error).name === 'SecurityError'
    throw new RecorderError(denied ? DENIED : UNAVAILABLE)
  }
  const rec = new MediaRecorder(stream, { mimeType: f.mimeType, audioBitsPerSecond: 32000 })
  const chunks: Blob[] = []
  const began = Date.now()
  const cap = setTimeout(() => stop(), maxMs)
  const stop = () => rec.state !== 'inactive' && rec.stop()
  rec.ondataavailable = (e) => e.data.size && chunks.push(e.data)
  rec.onstop = () => {
    clearTimeout(cap)
    stream.getTracks().forEach((t) => t.stop())
    const file = new Blob(chunks, { type: f.mimeType.split(';')[0] })
    const ms = Math.min(maxMs, Date.now() - began)
    events.done({ file, url: URL.createObjectURL(file), ms, ext: f.ext })
  }
  rec.onerror = () => {
    clearTimeout(cap)
    stream.getTracks().forEach((t) => t.stop())
    events.failed(new RecorderError('录音失败，请重试，或改为打字描述'))
  }
  rec.start()
  return { stop }
}

export const recorder: RecorderService = { start }
