import { AppError } from '@shared/errors'
import { insertPhrase, PHRASES_PER_LIST, type PhraseBook } from '@shared/phrases'
import { PhrasesEditor } from '@/pages/office/phrases/PhrasesEditor'
import { Cached } from '@/stores/Cached'
import { FakeCloud } from '../../support/fake-cloud'

const saved: PhraseBook = { lists: { urge: ['甲', '乙', '丙'], accept: [] }, version: 7 }

async function setup(cloud = new FakeCloud()) {
  const book = new Cached<PhraseBook>(async () => saved)
  await book.load()
  return { cloud, book, editor: new PhrasesEditor(cloud, book) }
}

test('edits are a draft of the selected list; saving sends it whole with the version read', async () => {
  const cloud = new FakeCloud().on('sla.savePhrases', (p) => {
    const { key, phrases } = p as { key: 'urge'; phrases: string[] }
    return { lists: { ...saved.lists, [key]: phrases }, version: 8 }
  })
  const { editor, book } = await setup(cloud)
  editor.select('urge')
  expect(editor.dirty).toBe(false)
  editor.move(2, -1) // 甲 丙 乙
  editor.move(0, -1) // no place above the first: unchanged
  editor.remove(0) // 丙 乙
  editor.edit(1, ' 乙改 ')
  expect(editor.add('丁')).toBe(true)
  expect(editor.list).toEqual(['丙', ' 乙改 ', '丁'])
  expect(editor.dirty).toBe(true)
  expect(book.value?.lists.urge).toEqual(['甲', '乙', '丙']) // nothing changed before the save
  expect(await editor.save()).toBe(true)
  expect(cloud.calls[0].payload).toEqual({ key: 'urge', phrases: ['丙', '乙改', '丁'], version: 7 })
  expect(book.value).toEqual({ lists: { urge: ['丙', '乙改', '丁'], accept: [] }, version: 8 })
  expect(editor.dirty).toBe(false)
})

test('the rules are told before anything is sent: count, length, repeats, empty', async () => {
  const { editor, cloud } = await setup()
  editor.select('accept')
  for (let i = 0; i < PHRASES_PER_LIST; i++) expect(editor.add(`第${i}条`)).toBe(true)
  expect(editor.add('多一条')).toBe(false)
  expect(editor.error).toContain(`最多 ${PHRASES_PER_LIST} 条`)
  editor.discard()
  expect(editor.add('字'.repeat(61))).toBe(false)
  expect(editor.error).toContain('最多 60 个字')
  editor.add('一样')
  expect(editor.add('一样')).toBe(false)
  editor.edit(0, '  ')
  expect(await editor.save()).toBe(false)
  expect(editor.error).toBe('第 1 条常用语是空的')
  expect(cloud.calls).toHaveLength(0)
})

test('a save refused by the server (someone else saved first) keeps the draft and says why', async () => {
  const cloud = new FakeCloud().on('sla.savePhrases', () => {
    throw new AppError('CONFLICT', '常用语刚被其他同事修改过，请刷新后再改')
  })
  const { editor, book } = await setup(cloud)
  editor.select('urge')
  editor.add('戊')
  expect(await editor.save()).toBe(false)
  expect(editor.error).toContain('请刷新后再改')
  expect(editor.list).toEqual(['甲', '乙', '丙', '戊'])
  expect(book.value).toEqual(saved)
})

test('a chip goes after what is typed, once, with a separator unless the text already ends one', () => {
  expect(insertPhrase('', '请尽快')).toBe('请尽快')
  expect(insertPhrase('  ', '请尽快')).toBe('请尽快')
  expect(insertPhrase('已核实', '请尽快')).toBe('已核实；请尽快')
  expect(insertPhrase('已核实。', '请尽快')).toBe('已核实。请尽快')
  expect(insertPhrase('已核实；请尽快', '请尽快')).toBe('已核实；请尽快')
})
