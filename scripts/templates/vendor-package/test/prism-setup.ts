// One Prism mock per spec for the whole test run; tests find it with `prismMockUrl`.
import { prismGlobalSetup } from '@parley/testing'

export default prismGlobalSetup(['__ID__'])
