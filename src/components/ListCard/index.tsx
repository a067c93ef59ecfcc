import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

interface Props {
  title: ReactNode
  /** Right of the title: a state tag (`list-card__tag`) or a time. */
  aside?: ReactNode
  /** The page's own block for the card (e.g. `inbox__item`), kept for its styles and tests. */
  className?: string
  onClick?: () => void
  children?: ReactNode
}

/**
 * One item of a work list (inbox, console, applications, messages): a title with its tag on
 * one line, then the lines the page adds. One look for every list a person works through.
 */
export default function ListCard({ title, aside, className = '', onClick, children }: Props) {
  return (
    <View className={`card list-card ${className}`} onClick={onClick}>
      <View className='list-card__head'>
        <Text className='list-card__title'>{title}</Text>
        {aside}
      </View>
      {children}
    </View>
  )
}
