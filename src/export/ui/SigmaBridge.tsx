/** Lends the sigma instance to components outside <SigmaContainer> (picture exports). Renderless. */
import { useSigma } from "@react-sigma/core";
import { useEffect, type RefObject } from "react";
import type Sigma from "sigma";

export function SigmaBridge({ sigmaRef }: { sigmaRef: RefObject<Sigma | null> }) {
  const sigma = useSigma();
  useEffect(() => {
    sigmaRef.current = sigma as unknown as Sigma;
    return () => {
      if (sigmaRef.current === (sigma as unknown as Sigma)) sigmaRef.current = null;
    };
  }, [sigma, sigmaRef]);
  return null;
}
