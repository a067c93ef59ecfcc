import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { MapGrid } from '@shared/contracts/grid'
import { useNotice } from '@/components/Notice/useNotice'
import { LoadError } from '@/components/StatusView/LoadError'
import type { LedgerStore } from './LedgerStore'
import { StandInForm } from './StandInForm'
import { StandInStore } from './StandInStore'

interface Draft {
  id?: string
  communityId: string
  name: string
  partyBranch: string
  /** One helper per line: 姓名 手机号 (党员 marks a party member household). */
  helpers: string
  polygon: string
}

const helpersOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name = '', phone = ''] = l.split(/\s+/)
      return { name, phone, kind: l.includes('党员') ? 'party_member' : 'volunteer' } as const
    })

/** The text fields of the grid form, in order: key, hint, and whether it takes several lines. */
const textFields = (
  editing: boolean,
): Array<[Exclude<keyof Draft, 'id' | 'communityId'>, string, boolean]> => [
  ['name', '网格名称', false],
  ['partyBranch', '网格党支部（没有可不填）', false],
  ['helpers', '辅助人员，每行一位：姓名 手机号', true],
  [
    'polygon',
    editing
      ? '边界（不修改请留空）：经度,纬度 经度,纬度 …'
      : '边界：经度,纬度 经度,纬度 …（至少 3 个点）',
    true,
  ],
]

/** 网格管理: add a grid (outline as lng,lat pairs), edit one, its worker leaves, or retire it. */
export const GridManager = observer(function GridManager({ store }: { store: LedgerStore }) {
  const { places, gridMap } = store.reference
  const grids = gridMap.value?.grids ?? []
  const communities = (places.value ?? []).map((c) => [c._id, c.name] as const)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState('')
  const [standIn] = useState(() => new StandInStore(store))
  const notice = useNotice()
  const load = () => {
    void gridMap.show()
    void places.show()
  }
  useEffect(load, [gridMap, places])
  const act = async (p: Promise<unknown>, done: string) => {
    try {
      await p
      setError('')
      setDraft(null)
      notice.tell(done)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  /** Retiring or ending a stand-in is not undone with a tap: ask first. */
  const confirmThen = async (
    title: string,
    run: () => Promise<unknown>,
    done: string,
    content = '撤销后不可直接恢复，确定继续？',
  ) => {
    if (await notice.ask({ title, content, confirmText: '确定' })) await act(run(), done)
  }
  const edit = async (g: MapGrid) => {
    const mine = await store.gridDetail(g.id)
    const communityId = communities.find(([, n]) => n === mine.communityName)?.[0] ?? ''
    setDraft({
      id: g.id,
      communityId,
      name: g.name,
      partyBranch: mine.partyBranch,
      helpers: mine.helpers.map((h) => `${h.name} ${h.phone}`).join('\n'),
      polygon: '',
    })
  }
  const save = (d: Draft) =>
    act(
      store.saveGrid({
        ...(d.id ? { id: d.id } : {}),
        communityId: d.communityId,
        name: d.name,
        partyBranch: d.partyBranch,
        helpers: helpersOf(d.helpers),
        ...(d.polygon.trim() ? { polygon: d.polygon } : {}),
      }),
      '已保存',
    )
  const set = (change: Partial<Draft>) => draft && setDraft({ ...draft, ...change })
  return (
    <View className='card'>
      <Text className='card-title'>网格管理</Text>
      {notice.status}
      {notice.question}
      {grids.map((g) => {
        const stand = standIn.current(g.id)
        return (
          <View key={g.id} className='ledger__manage'>
            <Text>
              {g.name} · {g.workerName || '网格员空缺'}
            </Text>
            {stand ? (
              <Text className='muted'>
                代岗：{stand.name}，{stand.from} 至 {stand.to}
              </Text>
            ) : null}
            <View className='field__actions'>
              <Text className='chip' onClick={() => void edit(g)}>
                编辑
              </Text>
              {g.workerName ? (
                <Text
                  className='chip'
                  onClick={() => void act(store.retireWorker(g.id), '网格员已离任')}
                >
                  网格员离任
                </Text>
              ) : null}
              {g.workerName && !stand ? (
                <Text className='chip' onClick={() => standIn.open(g)}>
                  设置代岗
                </Text>
              ) : null}
              {stand ? (
                <Text
                  className='chip'
                  onClick={() =>
                    void confirmThen(
                      `结束${stand.name}的代岗？`,
                      () => store.clearStandIn(g.id),
                      '代岗已结束',
                      `结束后${stand.name}立即不能再处理${g.name}的报事。`,
                    )
                  }
                >
                  结束代岗
                </Text>
              ) : null}
              <Text
                className='chip'
                onClick={() =>
                  void confirmThen(`撤销${g.name}？`, () => store.retireGrid(g.id), '网格已撤销')
                }
              >
                撤销网格
              </Text>
            </View>
            {standIn.gridId === g.id ? <StandInForm store={standIn} onSaved={notice.tell} /> : null}
          </View>
        )
      })}
      {draft ? (
        <View className='ledger__form'>
          <View className='field__actions'>
            {communities.map(([id, name]) => (
              <Text
                key={id}
                className={`chip ${draft.communityId === id ? 'chip--on' : ''}`}
                onClick={() => set({ communityId: id })}
              >
                {name}
              </Text>
            ))}
          </View>
          {textFields(!!draft.id).map(([key, placeholder, multiline]) => {
            const Box = multiline ? Textarea : Input
            return (
              <Box
                key={key}
                className={multiline ? 'field__input ledger__area' : 'field__input'}
                placeholder={placeholder}
                value={draft[key]}
                onInput={(e) => set({ [key]: e.detail.value })}
              />
            )
          })}
          <Button className='btn-primary' onClick={() => void save(draft)}>
            保存网格
          </Button>
        </View>
      ) : (
        <Button
          onClick={() =>
            setDraft({ communityId: '', name: '', partyBranch: '', helpers: '', polygon: '' })
          }
        >
          新增网格
        </Button>
      )}
      {gridMap.status === 'error' || places.status === 'error' ? (
        <LoadError error={gridMap.error || places.error} onRetry={load} />
      ) : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
})
