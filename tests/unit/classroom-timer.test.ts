import { describe, expect, it } from 'vitest';
import { TIMER_MAX_SECONDS, addTime, createTimer, cueBetween, formatClock, isRunning, isUp, pause, remainingMs, secondsLeft, start, toggle } from '../../src/lib/classroom-timer.ts';

describe('countdown', () => {
  it('does not run until started', () => {
    const t = createTimer(60);
    expect(isRunning(t, 5000)).toBe(false);
    expect(secondsLeft(t, 99_000)).toBe(60);
  });

  it('counts down while running and stops at zero', () => {
    const t = start(createTimer(60), 1000);
    expect(secondsLeft(t, 1000)).toBe(60);
    expect(secondsLeft(t, 1001)).toBe(60);
    expect(secondsLeft(t, 2000)).toBe(59);
    expect(secondsLeft(t, 60_500)).toBe(1);
    expect(isUp(t, 60_999)).toBe(false);
    expect(isUp(t, 61_000)).toBe(true);
    expect(remainingMs(t, 500_000)).toBe(0);
    expect(isRunning(t, 61_000)).toBe(false);
  });

  it('pauses and resumes where it was', () => {
    let t = start(createTimer(60), 0);
    t = pause(t, 10_000);
    expect(secondsLeft(t, 50_000)).toBe(50);
    t = start(t, 50_000);
    expect(secondsLeft(t, 55_000)).toBe(45);
    expect(pause(pause(t, 56_000), 90_000)).toEqual(pause(t, 56_000));
  });

  it('toggles between running and paused; starting a running timer changes nothing', () => {
    let t = toggle(createTimer(30), 0);
    expect(isRunning(t, 1)).toBe(true);
    expect(start(t, 5000)).toBe(t);
    t = toggle(t, 5000);
    expect(isRunning(t, 6000)).toBe(false);
    expect(secondsLeft(t, 6000)).toBe(25);
  });

  it('starts again from its full length after time is up', () => {
    const t = start(start(createTimer(20), 0), 30_000);
    expect(secondsLeft(t, 30_000)).toBe(20);
    expect(isRunning(t, 31_000)).toBe(true);
  });

  it('adds time whether running, paused or up, within the maximum', () => {
    const running = addTime(start(createTimer(60), 0), 30, 20_000);
    expect(secondsLeft(running, 20_000)).toBe(70);
    expect(isRunning(running, 21_000)).toBe(true);
    expect(secondsLeft(addTime(createTimer(60), 30, 0), 99_999)).toBe(90);
    const up = addTime(start(createTimer(10), 0), 30, 60_000);
    expect(secondsLeft(up, 60_000)).toBe(30);
    expect(isRunning(up, 61_000)).toBe(true);
    expect(secondsLeft(addTime(createTimer(TIMER_MAX_SECONDS), 30, 0), 0)).toBe(TIMER_MAX_SECONDS);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [60, '1:00'],
    [65, '1:05'],
    [720, '12:00'],
    [-5, '0:00'],
  ])('%i s → %s', (s, text) => expect(formatClock(s)).toBe(text));
});

describe('cueBetween', () => {
  it.each([
    [31, 30, 'thirty'],
    [45, 29, 'thirty'],
    [30, 29, null],
    [60, 59, null],
    [1, 0, 'up'],
    [40, 0, 'up'],
    [0, 0, null],
    [29, 28, null],
  ])('%i → %i: %s', (before, after, cue) => expect(cueBetween(before, after)).toBe(cue));
});
