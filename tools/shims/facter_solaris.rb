# kzsim shims: the simulated Solaris host as Facter, started through the BINDIR/facter wrapper,
# sees it.
#
# Facter chooses its resolvers by the Ruby it runs in (RbConfig::CONFIG['host_os']), and its
# Solaris resolvers run commands by the absolute paths of Solaris system directories
# (/usr/sbin/zoneadm list -cp, /usr/bin/kstat -m cpu_info, /bin/zonename) after checking they
# are executable. Here host_os names Solaris 11, and such a path whose name has a wrapper in
# BINDIR runs that wrapper, as the simulated host's /usr/sbin holds those commands. Nothing else
# changes: Facter's own code, files and the real host's other commands stay as they are.
#
# Facter's Solaris networking resolver loads FFI bindings of Solaris's libsocket and its ioctl
# structures, which a Linux host cannot load; they are marked loaded without being loaded, so the
# networking facts (which kzsim does not simulate) stay unanswered and every other fact works.
require 'rbconfig'

RbConfig::CONFIG['host_os'] = 'solaris2.11'

FACTER_SOLARIS_FFI = 'facter/resolvers/solaris/ffi/ffi.rb'
$LOAD_PATH.each do |directory|
  path = File.join(directory, FACTER_SOLARIS_FFI)
  $LOADED_FEATURES << path if File.exist?(path)
end

module KzsimShims
  BIN = File.dirname(__dir__)
  SYSTEM_DIRECTORIES = %w[/usr/sbin/ /usr/bin/ /sbin/ /bin/].freeze

  def self.wrapper_for(path)
    directory = SYSTEM_DIRECTORIES.find { |prefix| path.start_with?(prefix) }
    return nil unless directory

    name = path.delete_prefix(directory)
    return nil if name.include?('/') || %w[sh bash].include?(name)

    candidate = File.join(BIN, name)
    File.executable?(candidate) ? candidate : nil
  end

  # The command line with its program's path replaced by its wrapper, if it has one.
  def self.mapped(command)
    program, rest = command.split(/\s+/, 2)
    wrapper = program && wrapper_for(program)
    wrapper ? [wrapper, rest].compact.join(' ') : command
  end
end

class << File
  alias_method :kzsim_real_executable?, :executable?

  def executable?(path)
    path.is_a?(String) && KzsimShims.wrapper_for(path) ? true : kzsim_real_executable?(path)
  end
end

require 'facter'

module KzsimExecution
  def execute(command, options = {})
    super(KzsimShims.mapped(command), options)
  end
end

Facter::Core::Execution::Base.prepend(KzsimExecution)
