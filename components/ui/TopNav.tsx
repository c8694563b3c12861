import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { NavLinks } from "./NavLinks";
import { KeyboardHelp } from "./KeyboardHelp";

export function TopNav() {
  return (
    <header className="topnav">
      <div className="topnav-inner">
        <Link href="/" className="brand" aria-label="Quorum home">
          <span className="brand-mark" aria-hidden="true">
            <ShieldCheck size={15} strokeWidth={2.5} />
          </span>
          Quorum
        </Link>
        <nav aria-label="Main">
          <NavLinks />
        </nav>
        <div className="nav-spacer" />
        <KeyboardHelp />
      </div>
    </header>
  );
}
