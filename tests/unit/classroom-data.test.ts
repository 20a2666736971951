import { describe, expect, it } from 'vitest';
import { loadBank, parseBank } from '../../src/lib/classroom-data.ts';

const question = { id: 'q1', type: 'single', prompt: 'Which?', options: [{ text: 'A', correct: true }], explanation: 'Because.', discussion: '', sources: [], passages: ['para-3'], module: 'm', quiz: 'm-check' };
const bank = { questions: [question], passages: { 'para-3': { label: 'Paragraph 3', href: '/source/#para-3', text: '…' } } };
const response = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('the classroom bank file', () => {
  it('reads a well-formed bank and refuses other shapes', () => {
    expect(parseBank(bank)).toEqual(bank);
    for (const bad of [null, [], {}, { questions: [] }, { questions: [{ ...question, type: 'essay' }], passages: {} }, { questions: [{ id: 'q' }], passages: {} }, { questions: 'x', passages: {} }]) expect(parseBank(bad)).toBeNull();
  });

  it('is fetched once per page; a failure is not remembered, so trying again fetches again', async () => {
    let calls = 0;
    const flaky = (async () => (++calls === 1 ? Promise.reject(new TypeError('offline')) : response(bank))) as unknown as typeof fetch;
    await expect(loadBank('/a.json', flaky)).rejects.toThrow('offline');
    await expect(loadBank('/a.json', flaky)).resolves.toEqual(bank);
    await expect(loadBank('/a.json', flaky)).resolves.toEqual(bank);
    expect(calls).toBe(2);
  });

  it('rejects an HTTP error and a damaged file with an error, never a half bank', async () => {
    await expect(loadBank('/404.json', (async () => response({}, 404)) as unknown as typeof fetch)).rejects.toThrow('HTTP 404');
    await expect(loadBank('/bad.json', (async () => response({ questions: 3 })) as unknown as typeof fetch)).rejects.toThrow('unreadable /bad.json');
  });
});
