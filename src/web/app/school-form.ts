import type { FontChoice } from '../../layout/font-choices.js';
import type { LabelLanguage, PageSize } from '../../kit/options.js';
import type { SchoolSettings } from '../school-config.js';
import { byId, fileBytes, safeFileName } from './dom.js';
import { KitBug, ProblemsError, type KitClient } from './kit-client.js';
import { showBug, showProblems } from './problems.js';
import { recall, remember } from './storage.js';
import { t } from './words.js';

const DEFAULTS: SchoolSettings = { name: '', contact: '', pageSize: 'A4', font: 'noto-sans', largePrint: false, labels: 'nl' };
/** The kit's own accent colour (src/layout/theme.ts), shown while none is chosen. */
const KIT_ACCENT = '#1d4f73';
/** Where the logo goes in the working folder. */
const LOGO_FOLDER = 'logo';

interface Logo {
  name: string;
  bytes: Uint8Array;
}

/**
 * "Je school": the school's name, contact, logo, colour, paper, typeface, large print and
 * labels. Remembered on this device (localStorage), saved as and read from a
 * gesprekskit.config.yaml. `changed` runs after every change (the preview follows).
 */
export class SchoolForm {
  settings: SchoolSettings;
  private logo: Logo | undefined;
  private readonly name = byId<HTMLInputElement>('schoolnaam');
  private readonly contact = byId<HTMLInputElement>('contact');
  private readonly logoInput = byId<HTMLInputElement>('logo');
  private readonly logoImage = byId<HTMLImageElement>('logo-beeld');
  private readonly logoStatus = byId('logo-status');
  private readonly logoRemove = byId<HTMLButtonElement>('logo-weg');
  private readonly accent = byId<HTMLInputElement>('kleur');
  private readonly accentReset = byId<HTMLButtonElement>('kleur-standaard');
  private readonly pageSize = byId<HTMLSelectElement>('papier');
  private readonly font = byId<HTMLSelectElement>('lettertype');
  private readonly largePrint = byId<HTMLInputElement>('groot');
  private readonly labels = byId<HTMLSelectElement>('labels');
  private readonly status = byId('instellingen-status');
  private readonly problems = byId('instellingen-fouten');
  private logoUrl: string | undefined;

  constructor(
    private readonly kit: KitClient,
    private readonly changed: () => void,
  ) {
    this.settings = stored();
    const logo = storedLogo();
    if (logo && this.settings.logo === logo.name) this.logo = logo;
    else delete this.settings.logo;
  }

  /** Puts the remembered settings in the form (and the logo in the kit), then listens. */
  async start(): Promise<void> {
    if (this.logo) await this.kit.call('write', [{ path: this.logoPath()!, content: this.logo.bytes }], []);
    this.fill();
    const text = (input: HTMLInputElement, key: 'name' | 'contact') =>
      input.addEventListener('input', () => {
        this.settings[key] = input.value;
        this.save();
      });
    text(this.name, 'name');
    text(this.contact, 'contact');
    this.accent.addEventListener('input', () => {
      this.settings.accent = this.accent.value.toLowerCase();
      this.save();
    });
    this.accentReset.addEventListener('click', () => {
      delete this.settings.accent;
      this.accent.value = KIT_ACCENT;
      this.save();
    });
    this.pageSize.addEventListener('change', () => {
      this.settings.pageSize = this.pageSize.value as PageSize;
      this.save();
    });
    this.font.addEventListener('change', () => {
      this.settings.font = this.font.value as FontChoice;
      this.save();
    });
    this.largePrint.addEventListener('change', () => {
      this.settings.largePrint = this.largePrint.checked;
      this.save();
    });
    this.labels.addEventListener('change', () => {
      this.settings.labels = this.labels.value as LabelLanguage;
      this.save();
    });
    this.logoInput.addEventListener('change', () => void this.chooseLogo());
    this.logoRemove.addEventListener('click', () => void this.removeLogo());
    byId('instellingen-bewaren').addEventListener('click', () => void this.exportConfig());
    byId<HTMLInputElement>('instellingen-openen').addEventListener('change', (e) => void this.importConfig(e.target as HTMLInputElement));
  }

  /** The logo's path in the working folder, when there is one. */
  logoPath(): string | undefined {
    return this.logo ? `${LOGO_FOLDER}/${this.logo.name}` : undefined;
  }

  reword(): void {
    if (this.logo) this.logoStatus.textContent = t().logoChosen(this.logo.name);
    this.status.textContent = this.statusWords();
  }

  /** What the status line says, as words to fill in again in another language. */
  private statusWords: () => string = () => '';

  private say(words: () => string): void {
    this.statusWords = words;
    this.status.textContent = words();
  }

  private fill(): void {
    const s = this.settings;
    this.name.value = s.name;
    this.contact.value = s.contact;
    this.accent.value = s.accent ?? KIT_ACCENT;
    this.pageSize.value = s.pageSize;
    this.font.value = s.font;
    this.largePrint.checked = s.largePrint;
    this.labels.value = s.labels;
    this.showLogo();
  }

  private save(): void {
    remember('school', JSON.stringify(this.settings));
    this.changed();
  }

  private showLogo(): void {
    if (this.logoUrl) URL.revokeObjectURL(this.logoUrl);
    this.logoUrl = undefined;
    if (this.logo) {
      this.logoUrl = URL.createObjectURL(new Blob([this.logo.bytes as BlobPart]));
      this.logoImage.src = this.logoUrl;
      this.logoStatus.textContent = t().logoChosen(this.logo.name);
    } else {
      this.logoImage.removeAttribute('src');
      this.logoStatus.textContent = '';
    }
    this.logoImage.hidden = !this.logo;
    this.logoRemove.hidden = !this.logo;
  }

  private async chooseLogo(): Promise<void> {
    const file = this.logoInput.files?.[0];
    if (!file) return;
    if (!/\.(png|jpe?g)$/i.test(file.name) && !/^image\/(png|jpeg)$/.test(file.type)) {
      this.say(() => t().logoNotImage);
      return;
    }
    await this.setLogo({ name: safeFileName(file.name), bytes: await fileBytes(file) });
    this.logoInput.value = '';
  }

  private async setLogo(logo: Logo | undefined): Promise<void> {
    const old = this.logoPath();
    this.logo = logo;
    const now = this.logoPath();
    await this.kit.call('write', logo && now ? [{ path: now, content: logo.bytes }] : [], old && old !== now ? [old] : []);
    if (logo) {
      this.settings.logo = logo.name;
      // Too big for this browser's storage: kept for this visit only.
      remember('logo', JSON.stringify({ name: logo.name, data: toBase64(logo.bytes) }));
    } else {
      delete this.settings.logo;
      remember('logo', '');
    }
    this.showLogo();
    this.save();
  }

  private async removeLogo(): Promise<void> {
    await this.setLogo(undefined);
    this.logoInput.focus();
  }

  private async exportConfig(): Promise<void> {
    try {
      const text = await this.kit.call('writeConfig', this.settings);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'gesprekskit.config.yaml' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      showBug(this.problems, (e as Error).message);
    }
  }

  private async importConfig(input: HTMLInputElement): Promise<void> {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    this.say(() => '');
    const config = files.find((f) => /\.ya?ml$/i.test(f.name));
    if (!config) {
      this.say(() => t().importSettingsHelp);
      return;
    }
    // Read in a folder of their own: the config, and the logo it may name.
    const folder = 'instellingen';
    const added = await Promise.all(files.map(async (f) => ({ path: `${folder}/${safeFileName(f.name)}`, content: await fileBytes(f) })));
    try {
      await this.kit.call('write', added, []);
      const read = await this.kit.call('readConfig', `${folder}/${safeFileName(config.name)}`);
      showProblems(this.problems, '', []);
      this.settings = { ...read.settings };
      delete this.settings.logo;
      const logo = read.settings.logo ? added.find((a) => a.path === `${folder}/${read.settings.logo}`) : undefined;
      this.fill();
      await this.setLogo(logo ? { name: read.settings.logo!, bytes: logo.content } : this.logo);
      this.say(() => [t().imported(config.name), read.ignored.length > 0 ? t().importIgnored(read.ignored.join(', ')) : ''].join(' ').trim());
    } catch (e) {
      if (e instanceof ProblemsError) showProblems(this.problems, t().importFailed(config.name), e.problems);
      else if (e instanceof KitBug) showBug(this.problems, e.message);
      else throw e;
    } finally {
      await this.kit.call('write', [], added.map((a) => a.path));
    }
  }
}

function stored(): SchoolSettings {
  try {
    const saved = JSON.parse(recall('school') ?? '{}') as Partial<SchoolSettings>;
    const s: SchoolSettings = { ...DEFAULTS };
    if (typeof saved.name === 'string') s.name = saved.name;
    if (typeof saved.contact === 'string') s.contact = saved.contact;
    if (typeof saved.accent === 'string' && /^#[0-9a-f]{6}$/i.test(saved.accent)) s.accent = saved.accent.toLowerCase();
    if (saved.pageSize === 'A4' || saved.pageSize === 'LETTER') s.pageSize = saved.pageSize;
    if (saved.font === 'noto-sans' || saved.font === 'atkinson-hyperlegible' || saved.font === 'dejavu-sans') s.font = saved.font;
    if (typeof saved.largePrint === 'boolean') s.largePrint = saved.largePrint;
    if (saved.labels === 'nl' || saved.labels === 'en') s.labels = saved.labels;
    if (typeof saved.logo === 'string') s.logo = saved.logo;
    return s;
  } catch {
    return { ...DEFAULTS };
  }
}

function storedLogo(): Logo | undefined {
  try {
    const saved = JSON.parse(recall('logo') || 'null') as { name?: unknown; data?: unknown } | null;
    if (!saved || typeof saved.name !== 'string' || typeof saved.data !== 'string') return undefined;
    return { name: saved.name, bytes: Uint8Array.from(atob(saved.data), (c) => c.charCodeAt(0)) };
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
