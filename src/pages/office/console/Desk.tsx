import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import QueueTabs from '@/components/QueueTabs'
import ListFooter from '@/components/StatusView/ListFooter'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'
import { useStores } from '@/stores/context'
import { PAGE } from '@shared/routes'
import BulkBar from './BulkBar'
import DeskPane from './DeskPane'
import DeskTable from './DeskTable'
import { DeskStore } from './DeskStore'
import { Filters } from './Filters'
import type { ConsoleList } from './list'
import { QUEUES } from './list'
import { useDeskKeys, useMinute } from './useDesk'
import './desk.css'

/** The search box: a report number, the reporter's mobile number (exact) or words. */
const SearchBox = observer(function SearchBox({ desk }: { desk: DeskStore }) {
  const [text, setText] = useState(desk.list.params.q ?? '')
  const go = () => void desk.search(text)
  return (
    <View className='desk__search'>
      <Input
        className='desk__search-input'
        placeholder='报事编号 / 报事人手机号 / 描述里的字词'
        value={text}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={go}
      />
      <Button size='mini' className='btn-primary' onClick={go}>
        搜索
      </Button>
      {desk.list.params.q ? (
        <Text
          className='desk__link'
          onClick={() => {
            setText('')
            void desk.search('')
          }}
        >
          清除搜索
        </Text>
      ) : null}
    </View>
  )
})

/** 街道工作台 at a desk (H5, ≥ 1200 px): the table with its detail beside it. */
function Desk({ list }: { list: ConsoleList }) {
  const { services } = useStores()
  const [desk] = useState(() => new DeskStore(list, services.cloud))
  const now = useMinute()
  useDeskKeys(desk)
  const { exporting, exportXlsx, status } = useXlsxExport(() => desk.exportUrl())
  return (
    <View className='desk'>
      <View className='desk__top'>
        <SearchBox desk={desk} />
        <Button size='mini' loading={exporting} onClick={() => void exportXlsx()}>
          导出 Excel
        </Button>
        {status}
        <Text className='desk__link' onClick={() => void Taro.navigateTo({ url: PAGE.limits })}>
          时限设置 ›
        </Text>
        <Text className='desk__link' onClick={() => void Taro.navigateTo({ url: PAGE.phrases })}>
          常用语 ›
        </Text>
      </View>
      <QueueTabs queues={QUEUES} list={list} />
      <Filters value={list.params} onChange={(f) => void list.narrow({ ...f, q: list.params.q })} />
      <BulkBar desk={desk} />
      <View className='desk__main'>
        <View className='desk__list'>
          <DeskTable desk={desk} now={now} />
          <ListFooter list={list} empty='没有符合条件的报事' />
          {list.hasMore && list.status === 'ready' ? (
            <Text className='desk__link desk__more' onClick={() => void list.more()}>
              加载更多
            </Text>
          ) : null}
        </View>
        <DeskPane desk={desk} />
      </View>
    </View>
  )
}

export default observer(Desk)
