/** Light or dark as the OS says, now and when it changes; the grid reads `data-ag-theme-mode`. */
export function followColorScheme(): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    document.body.dataset['agThemeMode'] = dark.matches ? 'dark' : 'light';
  };
  apply();
  dark.addEventListener('change', apply);
}
