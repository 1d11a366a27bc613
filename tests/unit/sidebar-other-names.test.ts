import { describe, expect, it } from 'vitest';
import { otherNames } from '../../src/ui/sidebar/other-names';

describe('otherNames', () => {
  it('leaves out the name itself and the name with a title in front', () => {
    expect(
      otherNames({
        name: 'Nicolas Maduro',
        aliases: ['Venezuelan President Nicolas Maduro', 'Maduro', 'President Maduro'],
      }),
    ).toEqual(['Maduro']);
    expect(otherNames({ name: 'Donald Trump', aliases: ['Donald Trump', 'Trump', 'Mr. Trump'] })).toEqual(['Trump']);
  });

  it('keeps other names, with first names and particles in front', () => {
    expect(otherNames({ name: 'Laden', aliases: ['bin Laden', 'Osama bin Laden'] })).toEqual([
      'bin Laden',
      'Osama bin Laden',
    ]);
    expect(otherNames({ name: 'United States', aliases: ['US', 'U.S.'] })).toEqual(['US', 'U.S.']);
    expect(otherNames({ name: 'John M. Ford', aliases: ['Mike Ford', 'Mike'] })).toEqual(['Mike Ford', 'Mike']);
  });

  it('lists a name once whatever its capitals, the mixed-case form', () => {
    expect(otherNames({ name: 'Barack Obama', aliases: ['OBAMA', 'Obama'] })).toEqual(['Obama']);
    expect(otherNames({ name: 'Santa Fe', aliases: ['SANTA FE'] })).toEqual([]);
    expect(otherNames({ name: 'Osama bin Laden', aliases: ['bin Laden', 'Bin Laden'] })).toEqual(['bin Laden']);
    expect(otherNames({ name: 'United Nations', aliases: ['UN', 'U.N.'] })).toEqual(['UN', 'U.N.']);
  });
});
