import { AppError } from '@shared/errors'
import { SessionStore } from '@/stores/SessionStore'
import { FakeCloud } from '../../support/fake-cloud'

const me = { openid: 'o_w', role: 'grid_worker', name: '李网格', registered: true, address: null }

describe('SessionStore', () => {
  it('takes identity and role from user.whoami', async () => {
    const cloud = new FakeCloud().on('user.whoami', () => me)
    const s = new SessionStore(cloud)
    await s.load()
    expect(s.status).toBe('ready')
    expect(s.role).toBe('grid_worker')
    expect(s.isStaff).toBe(true)
    expect(s.name).toBe('李网格')
  })

  it('shows the error message and status when the cloud fails', async () => {
    const cloud = new FakeCloud().on('user.whoami', () => {
      throw new AppError('NETWORK')
    })
    const s = new SessionStore(cloud)
    await s.load()
    expect(s.status).toBe('error')
    expect(s.errorMessage).toContain('网络')
  })

  it('asks for a local sign-in before calling the cloud when the emulator offers one', async () => {
    const ids = [{ openid: 'o_r', name: '王阿姨', role: 'resident' as const, label: '居民' }]
    const cloud = new FakeCloud()
      .withLocalAuth(ids)
      .on('user.whoami', () => ({ ...me, role: 'resident' }))
    const s = new SessionStore(cloud)
    await s.load()
    expect(s.status).toBe('signedOut')
    expect(cloud.calls).toHaveLength(0)
    expect(s.identities.map((i) => i.name)).toEqual(['王阿姨'])
    await s.signInAs('o_r')
    expect(s.status).toBe('ready')
    expect(s.role).toBe('resident')
  })

  it('falls back to sign-in when the gateway says the session expired', async () => {
    const cloud = new FakeCloud().withLocalAuth([], true).on('user.whoami', () => {
      throw new AppError('UNAUTHENTICATED')
    })
    const s = new SessionStore(cloud)
    await s.load()
    expect(s.status).toBe('signedOut')
  })
})
