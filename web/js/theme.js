import { api } from './api.js';
import { imagePath, showImage } from './images.js';

// Cached so the next page paints in the store's colours before the API answers.
const THEME_KEY = 'qh.theme';

// Which CSS custom property each theme field drives (see css/base.css).
const COLOUR_VARIABLES = {
  background_color: '--color-bg',
  primary_color: '--color-primary',
  secondary_color: '--color-secondary',
  accent_color: '--color-accent',
  text_color: '--color-text',
};

// The original QommerceHub's defaults, which GET /api/customization answers for a new store.
export const DEFAULT_THEME = {
  background_color: '#f9fafb',
  primary_color: '#667eea',
  secondary_color: '#764ba2',
  accent_color: '#10b981',
  text_color: '#111827',
  animations_enabled: true,
};

export const COLOUR_FIELDS = Object.keys(COLOUR_VARIABLES);

const HEX = /^#[0-9a-f]{6}$/i;

export function applyTheme(theme) {
  const colours = resolveColours(theme);
  const root = document.documentElement;
  for (const [field, variable] of Object.entries(COLOUR_VARIABLES)) root.style.setProperty(variable, colours[field]);
  // Text on coloured surfaces is picked for contrast, whatever colours the owner chose.
  root.style.setProperty('--color-on-primary', readableTextOn(colours.primary_color));
  root.style.setProperty('--color-on-secondary', readableTextOn(colours.secondary_color));
  root.classList.toggle('no-animations', theme?.animations_enabled === false);
}

/** The theme's colours, with the default wherever a value is missing or not #rrggbb. */
export function resolveColours(theme) {
  return Object.fromEntries(COLOUR_FIELDS.map((field) =>
    [field, HEX.test(theme?.[field] ?? '') ? theme[field] : DEFAULT_THEME[field]]));
}

export function applyCachedTheme() {
  try {
    const cached = JSON.parse(localStorage.getItem(THEME_KEY));
    if (cached) applyTheme(cached);
  } catch {
    localStorage.removeItem(THEME_KEY);
  }
}

/** The theme inside GET/PUT /api/customization's `customization`. */
export function themeFrom(data) {
  return data?.customization ?? {};
}

/** Fetches the store theme, applies it and shows the store's logo and background. */
export async function loadTheme() {
  const theme = themeFrom(await api('/api/customization'));
  rememberTheme(theme);
  applyThemeImages(theme);
  return theme;
}

export function rememberTheme(theme) {
  localStorage.setItem(THEME_KEY, JSON.stringify(theme));
  applyTheme(theme);
}

function applyThemeImages(theme) {
  const logo = document.getElementById('brand-logo');
  if (logo) showImage(logo, theme.logo_url);
  // Only a plain same-origin path goes into url(), so the answer cannot inject CSS.
  const background = imagePath(theme.background_image_url);
  document.body.style.backgroundImage = background ? `url("${background}")` : '';
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(first, second) {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

function readableTextOn(background) {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111';
}

function luminance(hex) {
  const channels = HEX.test(hex ?? '') ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) : [0, 0, 0];
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
