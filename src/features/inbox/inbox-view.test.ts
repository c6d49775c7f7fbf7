import { describe, expect, it } from 'vitest';
import { describeEmptyView, toInboxFilters } from './inbox-view';

describe('toInboxFilters', () => {
  it('asks for newest first unless told otherwise, and never sends the search', () => {
    expect(toInboxFilters({ q: 'anna' })).toEqual({
      categories: undefined,
      pipelineId: undefined,
      order: { field: 'created_at', direction: 'desc' },
    });
    expect(toInboxFilters({ sort: 'oldest', category: ['sip'], pipeline: 7 })).toEqual({
      categories: ['sip'],
      pipelineId: 7,
      order: { field: 'created_at', direction: 'asc' },
    });
  });
});

describe('describeEmptyView', () => {
  it('names the categories and the pipeline that have nothing waiting', () => {
    expect(describeEmptyView({ category: ['sip'], pipeline: 1 }, 'Sales', 'en')).toBe('No incoming calls in Sales');
    expect(describeEmptyView({}, undefined, 'en')).toBe('No incoming leads in any pipeline');
    expect(describeEmptyView({ category: ['chats', 'sip'], pipeline: 2 }, 'Wholesale', 'en')).toBe(
      'No incoming calls or chats in Wholesale',
    );
    expect(describeEmptyView({ category: ['mail', 'forms', 'sip'] }, undefined, 'en')).toBe(
      'No incoming calls, forms or mail in any pipeline',
    );
  });

  it('falls back to the id while pipeline names load', () => {
    expect(describeEmptyView({ pipeline: 42 }, undefined, 'en')).toBe('No incoming leads in pipeline 42');
  });
});

describe('describeEmptyView in Russian', () => {
  it('names the categories in the genitive and the pipeline in quotes', () => {
    expect(describeEmptyView({ category: ['sip'], pipeline: 1 }, 'Продажи', 'ru')).toBe(
      'Нет входящих звонков в воронке «Продажи»',
    );
    expect(describeEmptyView({ category: ['chats', 'mail'] }, undefined, 'ru')).toBe(
      'Нет входящих чатов или писем ни в одной воронке',
    );
    expect(describeEmptyView({}, undefined, 'ru')).toBe('Нет неразобранных заявок ни в одной воронке');
  });
});
