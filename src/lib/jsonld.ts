import type { Dataset, NewsArticle, WithContext } from 'schema-dts';
import type { Change, Source } from '../schema';
import { published, lastModified } from './dates';
import type { License } from './license';

/** The site as author and publisher of its pages (the article itself is the newspaper's). */
function site(origin: URL) {
  return { '@type': 'Organization' as const, name: '数读2020', url: origin.href };
}

/** The newspaper article a page is based on: its newspaper and year; its date and page are not known. */
function basedOn(source: Source) {
  return {
    '@type': 'NewsArticle' as const,
    headline: source.headline,
    author: source.authors.map((name) => ({ '@type': 'Person' as const, name })),
    datePublished: source.published,
    publisher: { '@type': 'NewsMediaOrganization' as const, name: source.newspaper },
    isPartOf: { '@type': 'Periodical' as const, name: source.newspaper },
  };
}

/** NewsArticle for the story and each section page; dates equal to the ones the page shows. */
export function newsArticle(a: {
  origin: URL;
  url: string;
  headline: string;
  description: string;
  image: string;
  source: Source;
  changes: Change[];
  corrections: Change[];
}): WithContext<NewsArticle> {
  const first = published(a.changes);
  const last = lastModified(a.changes);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    image: [a.image],
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: first.date,
    dateModified: (last ?? first).date,
    inLanguage: 'zh-CN',
    author: site(a.origin),
    publisher: site(a.origin),
    isBasedOn: basedOn(a.source),
    ...(a.corrections.length > 0
      ? { correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment' as const, text: c.summary, datePublished: c.date })) }
      : {}),
  };
}

export interface DataFile {
  url: string;
  encodingFormat: string;
  name: string;
}

/** Dataset for the open data, on the page that offers it. */
export function dataset(d: {
  origin: URL;
  url: string;
  name: string;
  description: string;
  license: License;
  source: Source;
  files: DataFile[];
  changes: Change[];
}): WithContext<Dataset> {
  const last = lastModified(d.changes) ?? published(d.changes);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    license: d.license.url,
    creator: site(d.origin),
    isBasedOn: basedOn(d.source),
    inLanguage: 'zh-CN',
    temporalCoverage: '2020/2021',
    spatialCoverage: { '@type': 'Place', name: '黑龙江省穆棱市' },
    dateModified: last.date,
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload' as const,
      name: f.name,
      contentUrl: f.url,
      encodingFormat: f.encodingFormat,
    })),
  };
}
