// openapi-typescript `paths`, `components` and `operations`, for openapi-fetch users.
export type * from './generated/paths.gen.js'
