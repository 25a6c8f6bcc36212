import type { OpenPosition } from './population';
import { clientEvent, pause } from './clientEvent';
import { weightTable } from './seededRandom';
import type { ClientSession, SeedContext } from './seedContext';

const SYMBOLS: Readonly<Record<string, number>> = {
  EURUSD: 1.08,
  GBPUSD: 1.27,
  USDJPY: 151.2,
  XAUUSD: 2_380,
  BTCUSD: 64_000,
  ETHUSD: 3_100,
  US500: 5_200,
  NAS100: 18_300,
  USOIL: 78.4,
};
const SYMBOL_NAMES = Object.keys(SYMBOLS);
const TIMEFRAMES = ['M1', 'M5', 'M15', 'M30', 'H1', 'H4', 'D1'] as const;
const INDICATORS = ['RSI', 'MACD', 'Bollinger Bands', 'EMA', 'SMA', 'Stochastic', 'ATR'] as const;
const WIDGETS = ['watchlist', 'order book', 'news', 'positions', 'economic calendar', 'depth of market'] as const;
const GROUPS = ['Forex', 'Crypto', 'Indices', 'Commodities', 'Favourites'] as const;

interface TerminalState {
  symbol: string;
  timeframe: string;
}

type TerminalStep = (ctx: SeedContext, session: ClientSession, state: TerminalState) => void;

function price(ctx: SeedContext, symbol: string): number {
  const base = SYMBOLS[symbol] ?? 1;
  const digits = base < 10 ? 5 : base < 1_000 ? 3 : 2;
  return Number((base * (1 + ctx.random.normal() * 0.004)).toFixed(digits));
}

function event(
  ctx: SeedContext,
  session: ClientSession,
  eventName: string,
  message: string,
  metadata: Record<string, unknown>,
): void {
  clientEvent(ctx, session, eventName, message, metadata, 'terminal');
}

const changeSymbol: TerminalStep = (ctx, session, state) => {
  const to = ctx.random.pick(SYMBOL_NAMES.filter((symbol) => symbol !== state.symbol));
  event(ctx, session, 'terminal.symbol_changed', `Symbol changed to ${to}`, { from: state.symbol, to });
  state.symbol = to;
};

const changeTimeframe: TerminalStep = (ctx, session, state) => {
  const to = ctx.random.pick(TIMEFRAMES.filter((timeframe) => timeframe !== state.timeframe));
  event(ctx, session, 'terminal.timeframe_changed', `Chart timeframe changed to ${to}`, {
    symbol: state.symbol,
    from: state.timeframe,
    to,
  });
  state.timeframe = to;
};

const changeIndicator: TerminalStep = (ctx, session, state) => {
  const indicator = ctx.random.pick(INDICATORS);
  const operation = ctx.random.pick(['added', 'removed', 'configured']);
  event(ctx, session, 'terminal.indicator_changed', `Indicator ${indicator} ${operation}`, {
    symbol: state.symbol,
    indicator,
    operation,
    params: { period: ctx.random.pick([9, 14, 20, 50, 200]) },
  });
};

const operateWidget: TerminalStep = (ctx, session) => {
  const widget = ctx.random.pick(WIDGETS);
  const operation = ctx.random.pick(['opened', 'closed', 'moved', 'resized']);
  event(ctx, session, 'terminal.widget_changed', `Widget ${widget} ${operation}`, { widget, operation });
};

const changeFilter: TerminalStep = (ctx, session) => {
  const group = ctx.random.pick(GROUPS);
  event(ctx, session, 'terminal.filter_changed', `Instrument filter set to ${group}`, {
    filter: 'instrumentGroup',
    value: group,
  });
};

function openPosition(
  ctx: SeedContext,
  session: ClientSession,
  orderId: string,
  symbol: string,
  side: 'buy' | 'sell',
  volume: number,
): void {
  const positionId = ctx.ids.next(session.atMs);
  const openPrice = price(ctx, symbol);
  event(ctx, session, 'terminal.order_executed', `Order executed: ${side} ${volume} ${symbol} at ${openPrice}`, {
    orderId,
    symbol,
    side,
    volume,
    price: openPrice,
    positionId,
  });
  session.atMs += ctx.random.int(20, 400);
  event(ctx, session, 'terminal.position_opened', `Position opened: ${side} ${volume} ${symbol}`, {
    positionId,
    orderId,
    symbol,
    side,
    volume,
    openPrice,
  });
  const positions = session.client.openPositions;
  if (positions.length < 12) positions.push({ positionId, symbol, side, volume });
}

/** An order's life: market orders fill at once; pending ones get modified, then fill or are cancelled. */
const placeOrder: TerminalStep = (ctx, session, state) => {
  const { random } = ctx;
  const orderId = ctx.ids.next(session.atMs);
  const side = random.chance(0.55) ? 'buy' : 'sell';
  const type = random.chance(0.65) ? 'market' : random.pick(['limit', 'stop']);
  const volume = random.pick([0.01, 0.05, 0.1, 0.2, 0.5, 1, 2]);
  const requested = price(ctx, state.symbol);
  event(ctx, session, 'terminal.order_created', `Order created: ${type} ${side} ${volume} ${state.symbol}`, {
    orderId,
    symbol: state.symbol,
    side,
    type,
    volume,
    price: requested,
  });
  if (type !== 'market' && random.chance(0.4)) {
    pause(ctx, session, 30_000);
    const field = random.pick(['price', 'stopLoss', 'takeProfit', 'volume']);
    event(ctx, session, 'terminal.order_modified', `Order modified: ${field}`, {
      orderId,
      symbol: state.symbol,
      field,
      from: requested,
      to: price(ctx, state.symbol),
    });
  }
  session.atMs += random.int(50, 2_000);
  if (type === 'market' || random.chance(0.5)) openPosition(ctx, session, orderId, state.symbol, side, volume);
  else
    event(ctx, session, 'terminal.order_cancelled', 'Order cancelled', {
      orderId,
      symbol: state.symbol,
      reason: random.pick(['user', 'expired']),
    });
};

function pickPosition(ctx: SeedContext, session: ClientSession): OpenPosition | undefined {
  const positions = session.client.openPositions;
  return positions.length === 0 ? undefined : ctx.random.pick(positions);
}

const modifyPosition: TerminalStep = (ctx, session, state) => {
  const position = pickPosition(ctx, session);
  if (!position) return placeOrder(ctx, session, state);
  event(ctx, session, 'terminal.position_modified', `Position modified: ${position.symbol}`, {
    positionId: position.positionId,
    symbol: position.symbol,
    stopLoss: price(ctx, position.symbol),
    takeProfit: price(ctx, position.symbol),
  });
};

const closePosition: TerminalStep = (ctx, session, state) => {
  const position = pickPosition(ctx, session);
  if (!position) return placeOrder(ctx, session, state);
  const positions = session.client.openPositions;
  positions.splice(positions.indexOf(position), 1);
  const profit = Number((ctx.random.normal() * 40 * position.volume * 10).toFixed(2));
  event(
    ctx,
    session,
    'terminal.position_closed',
    `Position closed: ${position.symbol} (${profit >= 0 ? '+' : ''}${profit})`,
    {
      positionId: position.positionId,
      symbol: position.symbol,
      side: position.side,
      volume: position.volume,
      closePrice: price(ctx, position.symbol),
      profit,
      currency: session.client.currency,
    },
  );
};

const STEPS = weightTable<TerminalStep>([
  [changeSymbol, 3],
  [changeTimeframe, 2.5],
  [changeIndicator, 2],
  [operateWidget, 1.5],
  [changeFilter, 1.5],
  [placeOrder, 3],
  [modifyPosition, 1],
  [closePosition, 2],
]);

/** A stretch of trading in the terminal inside a session. */
export function runTerminalBurst(ctx: SeedContext, session: ClientSession): void {
  const state: TerminalState = { symbol: ctx.random.pick(SYMBOL_NAMES), timeframe: ctx.random.pick(TIMEFRAMES) };
  const steps = 2 + ctx.random.poisson(3 + Math.min(session.client.weight, 5));
  for (let i = 0; i < steps; i++) {
    ctx.random.weighted(STEPS)(ctx, session, state);
    pause(ctx, session, 15_000);
  }
}
