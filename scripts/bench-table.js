/**
 * The figures of `npm run bench:load`: memory of the emulator and its function workers (Linux
 * /proc), and the table of calls, throughput, p50/p99 and errors per action.
 */
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')

/** RSS in MB of a process and, separately, of its children (the function workers). */
function memory(pid) {
  if (!pid) return null
  const rss = (p) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))
      return m ? Number(m[1]) / 1024 : 0
    } catch {
      return 0
    }
  }
  let children = []
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
  } catch {
    // no children yet
  }
  return { main: rss(pid), workers: children.reduce((s, c) => s + rss(c), 0), n: children.length }
}

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : 0

function table({ stats, errorSamples, clients }, start, end, seconds) {
  const rows = [...stats].sort((a, b) => a[0].localeCompare(b[0]))
  const head = ['action', 'calls', 'per s', 'p50 ms', 'p99 ms', 'errors']
  const body = rows.map(([action, s]) => {
    const sorted = [...s.ms].sort((a, b) => a - b)
    return [
      action,
      s.ms.length + s.errors,
      ((s.ms.length + s.errors) / seconds).toFixed(1),
      pct(sorted, 50).toFixed(0),
      pct(sorted, 99).toFixed(0),
      s.errors,
    ]
  })
  const total = rows.reduce((n, [, s]) => n + s.ms.length + s.errors, 0)
  const errors = rows.reduce((n, [, s]) => n + s.errors, 0)
  const all = rows.flatMap(([, s]) => s.ms).sort((a, b) => a - b)
  body.push([
    'ALL',
    total,
    (total / seconds).toFixed(1),
    pct(all, 50).toFixed(0),
    pct(all, 99).toFixed(0),
    errors,
  ])
  const w = head.map((h, c) => Math.max(h.length, ...body.map((r) => String(r[c]).length)))
  const line = (r) =>
    r.map((v, c) => (c === 0 ? String(v).padEnd(w[c]) : String(v).padStart(w[c]))).join('  ')
  const mem = (m) =>
    m
      ? `emulator ${m.main.toFixed(0)} MB, ${m.n} function workers ${m.workers.toFixed(0)} MB`
      : 'n/a (set BENCH_PID)'
  return [
    `bench:load — ${clients} clients for ${seconds.toFixed(1)} s`,
    line(head),
    ...body.map(line),
    `memory (RSS) at start: ${mem(start)}`,
    `memory (RSS) at end:   ${mem(end)}`,
    ...(errorSamples.length ? ['first errors:', ...errorSamples.map((e) => `  ${e}`)] : []),
  ].join('\n')
}

module.exports = { memory, table }
