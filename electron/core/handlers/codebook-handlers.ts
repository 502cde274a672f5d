// Handlers for codebook:* and coders:* channels.
import { listCodes } from '../db/tables/codes';
import { listCoders } from '../db/tables/coders';
import { listStances } from '../db/tables/stances';
import type { HandlerMap } from './handler-types';

type CodebookChannel = 'codebook:get' | 'coders:list' | 'coders:current' | 'coders:setCurrent';

export const codebookHandlers: HandlerMap<CodebookChannel> = {
  'codebook:get': (ctx) => ({ codes: listCodes(ctx.project().db), stances: listStances(ctx.project().db) }),
  'coders:list': (ctx) => listCoders(ctx.project().db),
  'coders:current': (ctx) => ctx.currentCoder(),
  'coders:setCurrent': (ctx, { name }) => ctx.setCoderName(name),
};
