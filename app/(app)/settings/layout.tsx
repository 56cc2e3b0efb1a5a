import { SettingsNav } from '@/components/settings/settings-nav';

// /settings/* – the settings pages, with their sub-navigation on the left
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <div className="flex flex-col gap-6 md:flex-row md:gap-10">
        <aside className="md:w-52 md:shrink-0">
          <SettingsNav />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
