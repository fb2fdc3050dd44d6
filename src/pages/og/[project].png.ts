// /og/<project>.png: each project's link-preview card (src/site/og-card.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { listProjects } from '../../site/nav.ts';
import { cardPng } from '../../site/og-card.ts';

export const getStaticPaths = (async () =>
  listProjects(await getCollection('docs')).map((entry) => ({
    params: { project: entry.id },
    props: { title: entry.data.title, tagline: entry.data.tagline ?? entry.data.description },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await cardPng(props as { title: string; tagline: string }), {
    headers: { 'content-type': 'image/png' },
  });
