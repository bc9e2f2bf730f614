import { mount } from 'svelte';
import '../../../src/app.css';
import Harness from './Harness.svelte';

// Test-only page: ChartFrame with fixed data and contexts the live views never produce (e.g. hasData: false).
mount(Harness, { target: document.getElementById('app')! });
