import type { Audience, DigitalResource, DigitalResourceInput } from '@suotdoi/shared';

/** The digital resource drawer's values and DigitalResourceInput, both ways. No React. */

export interface ResourceFormValues {
  kind: DigitalResourceInput['kind'] | null;
  title: string;
  url: string;
  description: string;
  audiences: Audience[];
}

export const RESOURCE_TITLE_MAX = 200;
export const RESOURCE_URL_MAX = 500;
export const RESOURCE_DESCRIPTION_MAX = 2000;

export const EMPTY_RESOURCE: ResourceFormValues = {
  kind: null,
  title: '',
  url: '',
  description: '',
  audiences: [],
};

export function toResourceForm(resource: DigitalResource): ResourceFormValues {
  return {
    kind: resource.kind,
    title: resource.title,
    url: resource.url,
    description: resource.description ?? '',
    audiences: [...resource.audiences],
  };
}

export function toResourceInput(values: ResourceFormValues): DigitalResourceInput {
  const description = values.description.trim();
  return {
    kind: values.kind ?? 'other',
    title: values.title.trim(),
    url: values.url.trim(),
    description: description === '' ? null : description,
    audiences: [...values.audiences],
  };
}

/** The resource's name for its row and the delete question: the title and the link's host. */
export function resourceHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
