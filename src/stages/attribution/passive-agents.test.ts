import { describe, expect, it } from 'vitest';
import { attribute, summary } from './test/run.js';

/** The records of a text made by the passive rule, summarised. */
function passives(body: string): string[] {
  return (attribute(body).attributions ?? []).filter((a) => a.rule === 'passive-agent').map(summary);
}

describe('attribution: passives with their agent', () => {
  it.each([
    [
      'The new ferry timetable was announced by the harbour board.',
      'the harbour board/announced: The new ferry timetable [indirect]',
    ],
    [
      'The figures, reported by the statistics office on Monday, surprised traders.',
      'the statistics office/reported: The figures [indirect]',
    ],
    ['A wage deal confirmed by the union ends the strike.', 'the union/confirmed: A wage deal [indirect]'],
    [
      'It was confirmed by port officials that the ferry would sail.',
      'port officials/confirmed: the ferry would sail [indirect]',
    ],
    [
      'Mayor Holm was told by engineers that the bridge was safe.',
      'engineers/told: the bridge was safe [indirect]',
    ],
  ])('takes the agent as the source: %s', (text, expected) => {
    expect(passives(text)).toEqual([expected]);
  });

  it.each([
    ['The mayor told reporters by phone that the bridge was safe.'],
    ['The company reported by far its largest loss.'],
    ['The estimate was revised by 5 percent.'],
    ['It was announced by the board.'],
    ['Mayor Holm, asked by reporters about the bridge, smiled.'],
    ['The new timetable was announced on Monday.'],
  ])('makes no passive record without a speaking agent or content: %s', (text) => {
    expect(passives(text)).toEqual([]);
  });

  it('gives a passive cue no subject of its own as speaker', () => {
    const found = attribute('The plan announced by the board calls for new ferries.').attributions ?? [];
    const announced = found.filter((a) => a.cue.lemma === 'announce').map(summary);
    expect(announced).toEqual(['the board/announced: The plan [indirect]']);
  });
});
