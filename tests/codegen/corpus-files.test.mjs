// `bench/corpus.mjs --file`: a vendor's published file from disk joins the corpus, named by
// the id given or by its file's name.
import { describe, expect, it } from 'vitest'
import { localSpecsOf } from '../../bench/corpus.mjs'

describe('corpus --file', () => {
  it('takes `id=path` or a bare path whose file name makes the id', () => {
    expect(localSpecsOf(['discord=/files/discord_openapi.json', '/files/slack_web_openapi_v2.json'])).toEqual([
      { specId: 'discord_openapi.json (file)', id: 'discord', file: '/files/discord_openapi.json' },
      {
        specId: 'slack_web_openapi_v2.json (file)',
        id: 'slack-web-openapi-v2',
        file: '/files/slack_web_openapi_v2.json',
      },
    ])
  })
})
