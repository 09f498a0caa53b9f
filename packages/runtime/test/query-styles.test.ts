// Query parameters in the OpenAPI styles other than the default, as hey-api describes them
// (`querySerializer` options), through createQuerySerializer and a whole call.
import { describe, expect, it } from 'vitest'
import { RequestValidationError, createClient, createQuerySerializer } from '../src/index.js'
import { prepareRequest } from '../src/prepare.js'
import { testCall } from './support.js'

describe('createQuerySerializer', () => {
  it('writes arrays as one delimited value with explode: false, by style', () => {
    const serialize = createQuerySerializer({
      parameters: {
        ids: { array: { explode: false } },
        tags: { array: { explode: false, style: 'pipeDelimited' } },
        words: { array: { explode: false, style: 'spaceDelimited' } },
        plain: {},
      },
    })
    expect(serialize({ ids: [3, 4, 5], tags: ['a b', 'c'], words: ['x', 'y'], plain: ['p', 'q'] })).toBe(
      'ids=3,4,5&tags=a%20b|c&words=x%20y&plain=p&plain=q',
    )
  })

  it('writes objects as their own fields (form), as one key,value list (explode: false), or as deepObject', () => {
    const serialize = createQuerySerializer({
      parameters: {
        filter: { object: { style: 'form' } },
        point: { object: { explode: false, style: 'form' } },
        deep: {},
      },
    })
    expect(serialize({ filter: { status: 'open', max: 3 }, point: { x: 1, y: 2 }, deep: { a: 'b' } })).toBe(
      'status=open&max=3&point=x,1,y,2&deep%5Ba%5D=b',
    )
  })

  it('per-parameter settings override the global ones; values are encoded unless allowReserved keeps them', () => {
    const serialize = createQuerySerializer({
      array: { explode: false },
      parameters: { repeated: { array: { explode: true } }, next: { allowReserved: true } },
    })
    expect(
      serialize({
        joined: ['a,b', 'c'],
        repeated: ['x', 'y'],
        next: 'https://h/p?q=1&r=2',
        text: 'a&b=c',
        skipped: undefined,
        empty: [],
      }),
    ).toBe('joined=a%2Cb,c&repeated=x&repeated=y&next=https://h/p?q%3D1%26r%3D2&text=a%26b%3Dc')
  })
})

describe('a call with a query serializer', () => {
  const config = { baseUrl: 'https://api.example.com' }

  it('builds its URL with the serializer the SDK function passes', async () => {
    const prepared = await prepareRequest(testCall('GET', '/things', { config }), {
      url: '/things',
      query: { ids: ['1', '2'], q: 'x' },
      querySerializer: createQuerySerializer({ parameters: { ids: { array: { explode: false } } } }),
    })
    expect(prepared.url).toBe('https://api.example.com/things?ids=1,2&q=x')
  })

  it("refuses hey-api's style object in a direct call before sending, naming the helper", async () => {
    const call = () =>
      prepareRequest(testCall('GET', '/things', { config }), {
        url: '/things',
        query: { ids: ['1'] },
        querySerializer: { parameters: { ids: { array: { explode: false } } } },
      })
    await expect(call()).rejects.toThrow(RequestValidationError)
    await expect(call()).rejects.toThrow(/createQuerySerializer\(styles\)/)
  })

  it('buildUrl takes the same serializer, and refuses the style object instead of ignoring it', () => {
    const client = createClient({ baseUrl: 'https://api.example.com' })
    const styles = { parameters: { ids: { array: { explode: false } } } }
    expect(
      client.buildUrl({ url: '/things', query: { ids: ['1', '2'] }, querySerializer: createQuerySerializer(styles) }),
    ).toBe('https://api.example.com/things?ids=1,2')
    expect(() => client.buildUrl({ url: '/things', query: { ids: ['1', '2'] }, querySerializer: styles })).toThrow(
      RequestValidationError,
    )
  })
})
