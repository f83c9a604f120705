/**
 * The message protocol (lib/protocol.ts) bound to the browser's messaging. Kept out of lib/ so that lib/ stays pure:
 * binding @webext-core/messaging touches browser globals at import.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/protocol';

declare global {
  // @webext-core/messaging types a message's sender as `chrome.runtime.MessageSender` without shipping that type (it
  // expects @types/chrome); WXT's browser types describe the same object.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the library names a global namespace
  namespace chrome.runtime {
    type MessageSender = Browser.runtime.MessageSender;
  }
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
