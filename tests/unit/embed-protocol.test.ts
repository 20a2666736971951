import { describe, expect, it } from 'vitest';
import { clampHeight, domEventName, MAX_HEIGHT, MESSAGE_TYPES, MIN_HEIGHT, parseMessage } from '../../src/lib/embed-protocol.ts';
import { invalidMessages, validMessages, withExtras } from './embed-cases.ts';

describe('parseMessage', () => {
  it.each(validMessages.map((m) => [`${m['type']} ${JSON.stringify(m).slice(0, 80)}`, m]))('accepts %s', (_, message) => {
    const parsed = parseMessage(message);
    expect(parsed).toEqual(message);
    // A fresh object, not the one received.
    expect(parsed).not.toBe(message);
  });

  it.each(invalidMessages)('refuses %s', (_, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('drops fields the protocol does not know', () => {
    expect(parseMessage(withExtras.message)).toEqual(withExtras.expected);
  });

  it('knows the four message types of ARCHITECTURE.md', () => {
    expect(MESSAGE_TYPES).toEqual(['resize', 'quiz-answered', 'quiz-completed', 'scenario-ended']);
  });
});

describe('clampHeight', () => {
  it.each([
    [0, MIN_HEIGHT],
    [-200, MIN_HEIGHT],
    [99.5, MIN_HEIGHT],
    [100, 100],
    [640, 640],
    [640.2, 641],
    [MAX_HEIGHT, MAX_HEIGHT],
    [MAX_HEIGHT + 1, MAX_HEIGHT],
    [1e12, MAX_HEIGHT],
  ])('%d → %d', (input, expected) => {
    expect(clampHeight(input)).toBe(expected);
  });
});

describe('domEventName', () => {
  it('prefixes the type with the channel', () => {
    expect(domEventName('quiz-completed')).toBe('trafficking-course:quiz-completed');
  });
});
