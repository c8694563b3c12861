import Link from "next/link";
import { EmptyState } from "@/components/ui/EmptyState";

export default function NotFound() {
  return (
    <EmptyState title="Not found">
      <p>
        Nothing here. <Link href="/issues">Go to the issues</Link>.
      </p>
    </EmptyState>
  );
}
