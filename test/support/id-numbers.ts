import { idCheckChar } from '@shared/identity'

/** A valid 18-digit ID number (乌海市海勃湾区, born 1962-05-14 unless told) for tests. */
export function validIdNumber(seq = '123', birth = '19620514'): string {
  const first17 = `150302${birth}${seq}`
  return first17 + idCheckChar(first17)
}
