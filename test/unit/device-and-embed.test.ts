/** Counter mode settings, the idle wipe's timing, embed mode, and the tabs' message reader. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embedMode } from '../../src/embed/frame.ts';
import { deviceMode } from '../../src/state/device-mode.ts';
import { IdleModel } from '../../src/state/idle.ts';
import { readMessage } from '../../src/state/tab-channel.ts';
import { dump, installLocalStorage } from '../support/fake-storage.ts';

beforeEach(() => void installLocalStorage());

describe('device mode', () => {
  it('follows the build default until a ?mode= link sets the device, which is then remembered', () => {
    expect(deviceMode('', {})).toEqual({ counter: false, idleMinutes: 10 });
    expect(deviceMode('', { counter: '1', idleMinutes: '5' })).toEqual({ counter: true, idleMinutes: 5 });
    expect(deviceMode('?mode=counter&idle=3', {})).toEqual({ counter: true, idleMinutes: 3 });
    expect(deviceMode('', {})).toEqual({ counter: true, idleMinutes: 3 });
    expect(deviceMode('?mode=personal', { counter: '1' })).toMatchObject({ counter: false });
    expect(dump(localStorage)).toEqual({ 'hz-benefits:mode': 'personal', 'hz-benefits:idle-minutes': '3' });
  });
  it('ignores settings it does not know', () => {
    expect(deviceMode('?mode=kiosk&idle=0', { idleMinutes: 'x' })).toEqual({ counter: false, idleMinutes: 10 });
    localStorage.setItem('hz-benefits:idle-minutes', '99999');
    expect(deviceMode('', {}).idleMinutes).toBe(10);
  });
});

describe('the idle wipe', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function idle(holdsPerson = true) {
    const wipe = vi.fn(async () => undefined);
    const model = new IdleModel({ idleMs: 600_000, warnMs: 60_000, holdsPerson: () => holdsPerson, wipe });
    model.start();
    return { model, wipe };
  }

  it('warns after the idle time, counts down, and wipes at zero', async () => {
    const { model, wipe } = idle();
    vi.advanceTimersByTime(599_999);
    expect(model.secondsLeft.value).toBeNull();
    vi.advanceTimersByTime(1);
    expect(model.secondsLeft.value).toBe(60);
    vi.advanceTimersByTime(30_000);
    expect(model.secondsLeft.value).toBe(30);
    vi.advanceTimersByTime(30_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(model.secondsLeft.value).toBeNull();
  });

  it('any activity cancels the warning and starts the wait again', () => {
    const { model, wipe } = idle();
    vi.advanceTimersByTime(610_000);
    model.activity();
    expect(model.secondsLeft.value).toBeNull();
    vi.advanceTimersByTime(599_000);
    expect([model.secondsLeft.value, wipe.mock.calls.length]).toEqual([null, 0]);
  });

  it('shows nothing while nothing of a person is on the device', () => {
    const { model, wipe } = idle(false);
    vi.advanceTimersByTime(3_600_000);
    expect([model.secondsLeft.value, wipe.mock.calls.length]).toEqual([null, 0]);
  });
});

describe('embed mode', () => {
  it('is on when framed, and ?embed=1 / ?embed=0 force it either way', () => {
    expect([embedMode('', true), embedMode('', false), embedMode('?embed=1', false), embedMode('?embed=0', true)]).toEqual([true, false, true, false]);
  });
});

describe('messages between tabs', () => {
  it('reads only the three known messages, well formed', () => {
    expect(readMessage({ type: 'saved', id: 'abc', revision: 3 })).toEqual({ type: 'saved', id: 'abc', revision: 3 });
    expect(readMessage({ type: 'wiped', all: false })).toEqual({ type: 'wiped', all: false });
    expect(readMessage({ type: 'listed', extra: 1 })).toEqual({ type: 'listed' });
    for (const bad of [null, 'wiped', { type: 'wiped' }, { type: 'saved', id: 'x'.repeat(65), revision: 1 }, { type: 'saved', id: 'a', revision: 1.5 }, { type: 'constructor' }]) {
      expect(readMessage(bad)).toBeNull();
    }
  });
});
