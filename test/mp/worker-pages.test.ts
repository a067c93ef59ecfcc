import { testPagesAs } from './support/pages-as'

testPagesAs('grid_worker')
