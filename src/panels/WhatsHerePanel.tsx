// "What's here" for a point the user clicked on empty map. Loaded lazily with the province table and turf.
import { useEffect, useMemo, useState } from 'react';
import { describeLoadProblem, type LoadProblem } from '../data/loadProblem';
import { formatNumber } from '../i18n/dictionaries';
import { useLanguage } from '../i18n/useT';
import { useWhatsHereT } from './whatsHereStrings';
import { useAtlasStore } from '../state/store';
import { getAdminLookup, type AdminLookup } from './adminLookup';
import { revealAndChooseFeature } from './choose';
import { severityColour } from './colours';
import { ColourDot } from './LayerSwatch';
import { useAtlas } from './useAtlas';
import { loadGeometries } from '../data/onDemand';
import type { Geometry } from '../data/schema';
import { useOnDemand } from './useOnDemand';
import { whatsHere, zonesToLoad, type LngLat } from './whatsHere';

const NO_GEOMETRIES: ReadonlyMap<string, Geometry> = new Map();

type LookupState =
  { kind: 'loading' } | { kind: 'ready'; lookup: AdminLookup } | { kind: 'error'; problem: LoadProblem };

function useAdminLookup(): LookupState {
  const [state, setState] = useState<LookupState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void getAdminLookup().then((result) => {
      if (current)
        setState(
          result.ok ? { kind: 'ready', lookup: result.value } : { kind: 'error', problem: result.problem },
        );
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}

function WhatsHereBody({ point }: { point: LngLat }) {
  const t = useWhatsHereT();
  const language = useLanguage();
  const atlas = useAtlas();
  const lookup = useAdminLookup();
  const minSeverity = useAtlasStore((state) => state.minSeverity);
  const dateRange = useAtlasStore((state) => state.dateRange);
  // The zones whose boxes hold the point: only their geometries load, from the chunks that hold them.
  const candidates = useMemo(
    () => (atlas ? zonesToLoad(point, atlas, { minSeverity, dateRange }) : []),
    [atlas, point, minSeverity, dateRange],
  );
  const candidatesKey = candidates.map((zone) => zone.properties.id).join(',');
  const zones = useOnDemand(candidatesKey, () => loadGeometries(candidates));
  const zoneGeometries =
    candidates.length === 0 ? NO_GEOMETRIES : zones.state.kind === 'ready' ? zones.state.value : null;
  const result = useMemo(
    () =>
      atlas
        ? whatsHere(
            point,
            atlas,
            lookup.kind === 'ready' ? lookup.lookup : null,
            zoneGeometries ?? NO_GEOMETRIES,
            {
              minSeverity,
              dateRange,
            },
          )
        : null,
    [atlas, point, lookup, zoneGeometries, minSeverity, dateRange],
  );
  if (!result) return null;
  const [lng, lat] = point;
  const coordinates = `${formatNumber(language, Math.abs(lat), 3)}° ${t(lat >= 0 ? 'north' : 'south')}, ${formatNumber(language, Math.abs(lng), 3)}° ${t(lng >= 0 ? 'east' : 'west')}`;
  return (
    <dl className="details-list">
      <div className="details-row">
        <dt>{t('coordinatesLabel')}</dt>
        <dd>{coordinates}</dd>
      </div>
      {lookup.kind === 'loading' && (
        <div className="details-row">
          <dt>{t('provinceLabel')}</dt>
          <dd role="status">{t('adminLoading')}</dd>
        </div>
      )}
      {lookup.kind === 'error' && (
        <div className="details-row">
          <dt>{t('provinceLabel')}</dt>
          <dd role="alert">{t('adminError', { message: describeLoadProblem(language, lookup.problem) })}</dd>
        </div>
      )}
      {result.province === null && (
        <div className="details-row">
          <dt>{t('provinceLabel')}</dt>
          <dd>{t('outsideProvinces')}</dd>
        </div>
      )}
      {result.province && (
        <div className="details-row">
          <dt>{t('provinceLabel')}</dt>
          <dd>
            {result.province.name[language]}
            {result.province.disputedId !== null && (
              <span className="details-note">{t('disputedTerritory')}</span>
            )}
          </dd>
        </div>
      )}
      {result.country && (
        <div className="details-row">
          <dt>{t('countryLabel')}</dt>
          <dd>{result.country.name[language]}</dd>
        </div>
      )}
      <div className="details-row">
        <dt>{t('riskZonesHereLabel')}</dt>
        <dd>
          {zoneGeometries === null && zones.state.kind === 'error' ? (
            <span role="alert">
              {t('zonesError')} {describeLoadProblem(language, zones.state.problem)}{' '}
              <button type="button" onClick={zones.retry}>
                {t('retry')}
              </button>
            </span>
          ) : zoneGeometries === null ? (
            <span role="status">{t('zonesLoading')}</span>
          ) : result.riskZones.length === 0 ? (
            t('noRiskZonesHere')
          ) : (
            <ul className="plain-list">
              {result.riskZones.map((zone) => (
                <li key={zone.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => revealAndChooseFeature(zone.id)}
                  >
                    <ColourDot colour={severityColour(zone.severity)} />
                    {zone.name[language]}
                  </button>{' '}
                  <span className="muted">
                    ({t('severityLabel')} {t('severityValue', { severity: zone.severity })})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="details-row">
        <dt>{t('nearestCrossingLabel')}</dt>
        <dd>
          {result.nearestCrossing ? (
            <>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  if (result.nearestCrossing) revealAndChooseFeature(result.nearestCrossing.id);
                }}
              >
                {result.nearestCrossing.name[language]}
              </button>{' '}
              <span>
                {t('distanceKm', { km: formatNumber(language, result.nearestCrossing.distanceKm, 0) })}
              </span>
            </>
          ) : (
            t('noCrossings')
          )}
        </dd>
      </div>
    </dl>
  );
}

export default function WhatsHerePanel() {
  const t = useWhatsHereT();
  const point = useAtlasStore((state) => state.whatsHereAt);
  const showWhatsHere = useAtlasStore((state) => state.showWhatsHere);
  if (!point) return null;
  return (
    <section className="panel-section whats-here" aria-label={t('whatsHereRegion')}>
      <div className="details-header">
        <h2>{t('whatsHereHeading')}</h2>
        <button
          type="button"
          className="close-button"
          aria-label={t('closeWhatsHere')}
          title={t('closeWhatsHere')}
          onClick={() => showWhatsHere(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <WhatsHereBody point={point} />
    </section>
  );
}
