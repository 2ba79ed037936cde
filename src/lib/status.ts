import type { Status } from '../schema';

/** The word a reader sees beside a figure, so status never rests on colour or line style alone. */
const WORDS: Record<Status, string> = {
  reported: '已公布',
  estimate: '预计',
  approximate: '约数',
  target: '目标',
};

export function statusWord(status: Status): string {
  return WORDS[status];
}
