import { session } from '../session.js';

// The root sends signed-in users to their inventory and everyone else to sign in.
location.replace(session.token ? 'dashboard.html' : 'login.html');
