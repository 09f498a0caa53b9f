/** The store (or the durable queue) could not take an event in time: the vendor gets a 503 and delivers again. */
export class DeliveryUnavailableError extends Error {
  override readonly name = 'DeliveryUnavailableError'
  /** The status answered to the vendor. */
  readonly status = 503
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** An option given to `createDelivery` or a store makes no sense; thrown at creation, never per event. */
export class DeliveryConfigurationError extends TypeError {
  override readonly name = 'DeliveryConfigurationError'
  readonly option: string
  constructor(option: string, message: string) {
    super(message)
    this.option = option
  }
}
