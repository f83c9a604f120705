interface ImportMetaEnv {
  /** True only in the end-to-end test build (wxt.config.ts): the overlay's shadow root is open there. */
  readonly DEALLENS_OPEN_SHADOW?: boolean;
}
