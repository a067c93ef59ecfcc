import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ComponentType, PropsWithChildren } from 'react'
import type { Role } from '@shared/roles'
import { useStores } from '@/stores/context'
import SignInScreen from '../SignIn'

/** Who a role page is for: its roles and how the refusal names them. */
const AUDIENCE = {
  office: { roles: ['office'], label: '街道工作人员' },
  /** 统计看板: the office's own street; the district every street (issue 20). */
  figures: { roles: ['office', 'district'], label: '街道工作人员和区级督办' },
  staff: { roles: ['grid_worker', 'property_staff', 'office'], label: '网格员和物业人员' },
  /** 街道数据导入: an office its own street; the district onboards new streets (issue 20). */
  onboard: { roles: ['office', 'district'], label: '街道工作人员和区级账号' },
} satisfies Record<string, { roles: Role[]; label: string }>

export type Audience = keyof typeof AUDIENCE

/**
 * The one role check of every role page. It is a courtesy, not a guard (the server refuses every
 * action by the caller's role): once the session is known, someone else sees who the page is
 * for instead of a page of refusals. Until then the page renders as usual.
 */
export const RoleGate = observer(function RoleGate({
  audience,
  children,
}: PropsWithChildren<{ audience: Audience }>) {
  const { session } = useStores()
  const { roles, label } = AUDIENCE[audience]
  // H5 with no session (the desk before its scan, or after 已在其他地方登录): the sign-in screen.
  if (session.status === 'signedOut') return <SignInScreen />
  if (session.status === 'ready' && !(roles as Role[]).includes(session.role))
    return (
      <View className='page'>
        <View className='card'>
          <Text>此页面供{label}使用</Text>
        </View>
      </View>
    )
  return <>{children}</>
})

/** A role page: `Page` behind the RoleGate (its hooks run only while the viewer may see it). */
export function rolePage(audience: Audience, Page: ComponentType): ComponentType {
  return function Gated() {
    return (
      <RoleGate audience={audience}>
        <Page />
      </RoleGate>
    )
  }
}
