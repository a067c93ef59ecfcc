import { testPagesAs } from './support/pages-as'

testPagesAs('office')
