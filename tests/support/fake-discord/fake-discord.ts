/** The object a test holds: addresses, records, waiters, dispatch helpers, faults. */
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type APIInteraction,
  type GatewayDispatchPayload,
  type GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import { payloadBuilders, type PayloadBuilders } from './builders.js';
import type { FakeGateway } from './gateway.js';
import { GatewayFaults } from './gateway-faults.js';
import { deliverOverHttp, type EndpointReply, type HttpDelivery } from './http-delivery.js';
import { asObject, stringField } from './json-fields.js';
import type { MessageEcho } from './message-echo.js';
import { incomingMessage, type IncomingMessageOptions } from './payloads/messages.js';
import type { Recorder } from './recorder.js';
import { matches, type RestFaults } from './rest-faults.js';
import type {
  InteractionRef,
  LifecycleEvent,
  LifecycleType,
  Mark,
  RecordedFrame,
  RecordedRestCall,
  RestMatcher,
  WaitOptions,
} from './types.js';
import type { World } from './world.js';

type DispatchData<T extends GatewayDispatchPayload['t']> = Extract<GatewayDispatchPayload, { t: T }>['d'];

export interface FakeDiscordParts {
  restBase: string;
  gatewayUrl: string;
  token: string;
  world: World;
  recorder: Recorder;
  gateway: FakeGateway;
  restFaults: RestFaults;
  /** Tells the bot's gateway about a message change (when echoBotMessages is on). */
  echo: (echo: MessageEcho) => void;
  close: () => Promise<void>;
}

export class FakeDiscord {
  /** Pass to discord.js as `rest: { api: restBase }` (discord.js appends `/v10`). */
  readonly restBase: string;
  readonly gatewayUrl: string;
  /** A token to log in with (any token is accepted unless `options.token` was given). */
  readonly token: string;
  /** Users, guilds, channels, stored messages and interactions of the fake. */
  readonly world: World;
  readonly faults: { rest: RestFaults; gateway: GatewayFaults };
  readonly build: PayloadBuilders;
  readonly #recorder: Recorder;
  readonly #gateway: FakeGateway;
  readonly #echo: (echo: MessageEcho) => void;
  readonly close: () => Promise<void>;

  constructor(parts: FakeDiscordParts) {
    this.restBase = parts.restBase;
    this.gatewayUrl = parts.gatewayUrl;
    this.token = parts.token;
    this.world = parts.world;
    this.#recorder = parts.recorder;
    this.#gateway = parts.gateway;
    this.#echo = parts.echo;
    this.faults = { rest: parts.restFaults, gateway: new GatewayFaults(parts.gateway) };
    this.build = payloadBuilders(parts.world);
    this.close = parts.close;
  }

  // ── records ────────────────────────────────────────────────────────────────
  mark(): Mark {
    return this.#recorder.mark();
  }

  restCalls(matcher?: RestMatcher): RecordedRestCall[] {
    const all = this.#recorder.rest.all();
    return matcher ? all.filter((call) => matches(matcher, call)) : [...all];
  }

  gatewayFrames(): readonly RecordedFrame[] {
    return this.#recorder.gateway.all();
  }

  lifecycle(): readonly LifecycleEvent[] {
    return this.#recorder.lifecycle.all();
  }

  waitForRest(matcher: RestMatcher, options: WaitOptions = {}): Promise<RecordedRestCall> {
    return this.#recorder.rest.waitFor(
      (c) => matches(matcher, c),
      options.after?.rest ?? 0,
      options.timeoutMs,
    );
  }

  waitForGateway(
    predicate: (frame: RecordedFrame) => boolean,
    options: WaitOptions = {},
  ): Promise<RecordedFrame> {
    return this.#recorder.gateway.waitFor(predicate, options.after?.gateway ?? 0, options.timeoutMs);
  }

  waitForLifecycle(type: LifecycleType, options: WaitOptions = {}): Promise<LifecycleEvent> {
    return this.#recorder.lifecycle.waitFor(
      (e) => e.type === type,
      options.after?.lifecycle ?? 0,
      options.timeoutMs,
    );
  }

  /** The IDENTIFY payload (token redacted); read `.intents`. */
  async waitForIdentify(options: WaitOptions = {}): Promise<{ intents: number; d: Record<string, unknown> }> {
    const frame = await this.waitForGateway(
      (f) => f.direction === 'fromBot' && f.op === GatewayOpcodes.Identify,
      options,
    );
    const d = asObject(frame.d);
    return { intents: typeof d['intents'] === 'number' ? d['intents'] : 0, d };
  }

  /** Resolves once READY and every GUILD_CREATE were sent (the bot still has to process them). */
  waitForReady(options: WaitOptions = {}): Promise<LifecycleEvent> {
    return this.waitForLifecycle('ready', options);
  }

  waitForResume(options: WaitOptions = {}): Promise<LifecycleEvent> {
    return this.waitForLifecycle('resumed', options);
  }

  // ── dispatching ────────────────────────────────────────────────────────────
  /** Sends any dispatch on the active session. Returns its sequence, or null if the bot's intents withhold it. */
  dispatch<T extends GatewayDispatchPayload['t']>(t: T, d: DispatchData<T>): number | null {
    return this.#gateway.dispatch(t, d);
  }

  /** Registers the interaction (so callbacks are accepted) and dispatches INTERACTION_CREATE. */
  dispatchInteraction(payload: APIInteraction): InteractionRef {
    this.world.registerInteraction(payload);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return { id: payload.id, token: payload.token };
  }

  /**
   * Delivers the interaction over HTTP instead of the gateway: opens it, lets `post` send it to the
   * bot's endpoint, and applies a 200's body as its callback (see http-delivery.ts).
   */
  deliverOverHttp<R extends EndpointReply>(
    payload: APIInteraction,
    post: (payload: APIInteraction) => Promise<R>,
  ): Promise<HttpDelivery<R>> {
    return deliverOverHttp(this.world, payload, post, this.#echo);
  }

  /** Dispatches the interaction and resolves with the bot's first REST call for it (the callback). */
  interact(payload: APIInteraction, options: Omit<WaitOptions, 'after'> = {}): Promise<RecordedRestCall> {
    const after = this.mark();
    const ref = this.dispatchInteraction(payload);
    return this.waitForInteractionCall(ref, undefined, { ...options, after });
  }

  /** Every REST call tied to the interaction: its callback and its webhook (edits, follow-ups, deletes). */
  interactionCalls(ref: InteractionRef): RecordedRestCall[] {
    return this.restCalls((call) => this.#belongsTo(ref, call));
  }

  waitForInteractionCall(
    ref: InteractionRef,
    matcher?: RestMatcher,
    options: WaitOptions = {},
  ): Promise<RecordedRestCall> {
    return this.waitForRest(
      (call) => this.#belongsTo(ref, call) && (!matcher || matches(matcher, call)),
      options,
    );
  }

  /** Builds (from options) or takes a MESSAGE_CREATE payload, stores and dispatches it. */
  dispatchMessage(
    input: IncomingMessageOptions | GatewayMessageCreateDispatchData = {},
  ): GatewayMessageCreateDispatchData {
    const message = 'id' in input ? input : incomingMessage(this.world, input);
    this.world.messages.set(message.id, message);
    this.dispatch(GatewayDispatchEvents.MessageCreate, message);
    return message;
  }

  /** The bot's `POST /channels/:id/messages` whose `message_reference.message_id` is `messageId`. */
  waitForReplyTo(messageId: string, options: WaitOptions = {}): Promise<RecordedRestCall> {
    return this.waitForRest(
      (call) =>
        call.route === 'POST /channels/:channelId/messages' &&
        stringField(asObject(asObject(call.body)['message_reference']), 'message_id') === messageId,
      options,
    );
  }

  #belongsTo(ref: InteractionRef, call: RecordedRestCall): boolean {
    return (
      call.path.startsWith(`/interactions/${ref.id}/${ref.token}/`) ||
      call.path.startsWith(`/webhooks/${this.world.application.id}/${ref.token}`)
    );
  }
}
