export * from './vocab';
export { Paragraph } from './paragraph';
export { Figure } from './figure';
export { Ranking } from './ranking';
export { Honour } from './honour';
export { Plan } from './plan';
export { Section } from './section';
export { Repair, REPAIR_KINDS } from './repair';
export { Source } from './source';
