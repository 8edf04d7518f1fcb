/* A third-party kernel module as a vendor would ship it: never executed by kzsim, only
 * loaded and verified at boot. Built per architecture (gcc -c) and signed with the vendor's
 * key, not Oracle's, so a zone loads it only when its verified-boot resource names the
 * vendor's certificate. */
int kzvendor_attach(int instance) { return instance >= 0 ? 0 : -1; }
