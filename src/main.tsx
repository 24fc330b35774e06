// The entry: the map first, then React. ES modules run in import order, so startPage's body starts the map
// in the page's static shell (index.html) before any of React's modules has run.
import { pageStarted } from './startPage';
import { renderApp } from './app/renderApp';
// Last, so the app's rules come after MapLibre's in the stylesheet (`.map-canvas` over `.maplibregl-map`).
import './styles.css';
import './print.css';

void pageStarted.then(renderApp);
