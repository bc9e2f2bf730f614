import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { getAppDb } from './lib/db/app-db.ts';

// Start DuckDB (worker, wasm download and compile: most of the time to first chart) before the UI mounts.
getAppDb();
mount(App, { target: document.getElementById('app')! });
