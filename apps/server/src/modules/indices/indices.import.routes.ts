import type { Hono } from 'hono';
import { can, editionFor } from '@papi/domain';
import {
  commitIndexImport,
  exportRanking,
  getIndexImportTemplate,
  MIME,
  previewIndexImport,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Executor } from '../../db/client.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn, yearVn } from '../../platform/clock.ts';
import { getInstallationSetting, installationRootId } from '../system/settings.service.ts';
import * as repo from './indices.repository.ts';
import { buildRanking } from './indices.service.ts';
import { commitImport } from './indices.import.commit.ts';
import { analyseImport, eraOf, frameworkAndEdition, provincesOf } from './indices.import.ts';
import { importTemplate, rankingCsv, rankingXlsx } from './indices.export.ts';

/** The installation root's path: the target of 'index.import' and where its audit lives. */
export async function installationPath(db: Executor) {
  const id = await installationRootId(db, await getInstallationSetting(db));
  return (await findUnitById(db, id, todayVn()))!.path;
}

async function mayImport(db: Executor, session: Session) {
  const unitPath = await installationPath(db);
  if (!can(session.actor, 'index.import', { unitPath })) {
    throw forbidden('Chỉ quản trị viên và cán bộ điều phối được nhập kết quả chỉ số.');
  }
  return unitPath;
}

export function registerIndexImportRoutes(app: Hono<AppEnv>) {
  // Parsing happens outside any transaction: PGlite has one connection to share.
  register(
    app,
    previewIndexImport,
    async ({ params, body, session, db }) => {
      await mayImport(db, session);
      return (await analyseImport(db, params.code, body)).preview;
    },
    { transaction: false },
  );

  register(
    app,
    commitIndexImport,
    async ({ params, body, session, c }) => {
      const database = c.var.database.db;
      const rootPath = await mayImport(database, session);
      return commitImport(database, params.code, body, session, rootPath);
    },
    { transaction: false },
  );

  registerDownload(app, getIndexImportTemplate, async ({ params, query, db }) => {
    const year = query.year ?? yearVn();
    const { framework, edition } = await frameworkAndEdition(db, params.code, year);
    const era = eraOf(year);
    const provinces = (await provincesOf(db)).filter((p) => p.era === era).map((p) => p.name);
    return {
      filename: `Mau-nhap-${framework.code}-${year}.xlsx`,
      body: await importTemplate(framework, edition, year, provinces),
    };
  });

  // Official results are published data: every signed-in user may export them.
  registerDownload(app, exportRanking, async ({ params, query, db }) => {
    const framework = await repo.findFramework(db, params.code);
    if (!framework) throw notFound(`Bộ chỉ số ${params.code}`);
    const edition = editionFor(framework, params.year);
    if (!edition) throw notFound(`Kết quả ${framework.code} năm ${params.year}`);
    const ranking = buildRanking(
      framework,
      await repo.loadAllResults(db, framework.code),
      params.year,
    );
    const name = `Xep-hang-${framework.code}-${params.year}`;
    return query.format === 'csv'
      ? { filename: `${name}.csv`, body: rankingCsv(ranking, edition), contentType: MIME.csv }
      : { filename: `${name}.xlsx`, body: await rankingXlsx(framework, edition, ranking) };
  });
}
