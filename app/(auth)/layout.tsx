export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-zinc-950 to-zinc-900 p-6">{children}</main>;
}
